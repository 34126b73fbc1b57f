/** What the agent sees before anything is recorded: what will appear, and that it stays private. */
export function EmptyState({ team = false }: { team?: boolean }) {
  if (team) {
    return (
      <section class="empty" data-empty="team">
        <h3>No team stats yet</h3>
        <p>
          Ask each agent to open their Rapport dashboard and choose <strong>Export JSON</strong>, then import the files here.
          You will see the team's suggestions per category over time, how often they are applied or ignored, how warm
          replies read, and the split by site and by reply vs internal note — for the whole team and for each agent.
        </p>
        <p>Exports contain counts only, never reply text. Importing the same file again does not count it twice.</p>
      </section>
    );
  }
  return (
    <section class="empty" data-empty="mine">
      <h3>Nothing recorded in this period yet</h3>
      <p>
        As you write replies with Rapport, this page fills in: which suggestions come up per category over time, how often you
        apply or ignore them, how warm your drafts read, and how that differs by help desk and between customer replies and
        internal notes.
      </p>
      <p>Only counts are kept, on this computer. Your replies' text is never stored.</p>
    </section>
  );
}
