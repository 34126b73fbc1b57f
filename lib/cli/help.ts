export const helpText = `rapport — tone coaching for help desk replies, on your machine

Usage
  rapport check [options] [files…]     check drafts (standard input when no file, or "-")
  rapport --help | --version

Options
  -c, --context reply|internal-note     what the text is (default: reply); internal notes skip
                                        customer-facing rules
      --customer-message FILE           the customer's last message, so Rapport can tell whether
                                        the reply acknowledges their frustration
  -f, --format text|json                output format (default: text)
      --jsonl                           read JSON Lines, write one JSON line per input line (below)
  -p, --pack FILE                       add a team style pack (JSON or YAML); repeatable, later packs
                                        win over earlier ones, and every pack wins over the built-in rules
      --fail-on warning|suggestion|info|none
                                        lowest severity that makes the exit code 1 (default: warning)
  -q, --quiet                           no summary line on standard error
      --no-color                        plain output (also when NO_COLOR is set or output is piped)
  -h, --help                            this help
  -v, --version                         the version

Text output, one line per finding
  file:line:col  category  message  → suggestion
  Lines and columns start at 1; columns count UTF-16 code units, as editors do. Standard input
  is named <stdin>. A quoted suggestion ("assist") is a one-click fix; plain prose is a rewrite
  to consider.

JSON output (--format json)
  { "results": [ { "file", "findings": [ { ruleId, category, severity, start, end, line, column,
    endLine, endColumn, text, message, replacements, suggestion?, principle, scope } ],
    "tone": { "draft", "sentences": [ { start, end, line, column, score, curt } ] } | null }
    | { "file", "error" } ], "summary": { … } }
  start/end are UTF-16 offsets into the file's text (after a byte-order mark, if any). Tone scores
  come from the on-device tone model: 0 reads curt, 1 warm; null when no sentence carries tone.

JSON Lines (--jsonl)
  Each input line is {"id": string|number, "text": string, "context"?: "reply"|"internal-note",
  "customerMessage"?: string}; other fields are ignored; blank lines are skipped. Each input line
  gets exactly one output line, in order:
    {"id": …, "findings": [ … ], "tone": …}        checked (findings and tone as in JSON output)
    {"id": … or null, "line": N, "error": "…"}      not checked: bad JSON, missing "text", …
  Problems are also reported on standard error as file:line: reason, and the rest is still checked.

Exit codes
  0  everything was checked and nothing reached --fail-on
  1  a finding at --fail-on severity or above (warning by default)
  2  usage error, or some input could not be checked (unreadable file, bad JSON line, bad pack);
     everything else is still checked and reported

Examples
  rapport check reply.txt
  pbpaste | rapport check --context internal-note
  rapport check --format json --customer-message ticket.txt reply.txt
  rapport check --jsonl --pack team.yaml macros.jsonl > findings.jsonl
`;
