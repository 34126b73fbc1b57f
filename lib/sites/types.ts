/**
 * One adapter per help desk: where the reply box is, whether the agent is writing a customer reply
 * or an internal note, and where the customer's last message is. Every selector a desk needs lives
 * in its adapter and is covered by a saved fixture under tests/fixtures/sites/.
 */
import type { DraftKind } from '../engine/types';

export interface SiteAdapter {
  readonly id: string;
  /** Display name, e.g. "Zendesk Agent Workspace". */
  readonly name: string;
  /**
   * Hosts the desk is served from, as match-pattern hosts (`app.helpscout.com`, `*.frontapp.com`);
   * empty for self-hosted desks, which are recognised by their DOM and enabled per site. The
   * manifest's install-time hosts are exactly these (lib/sites/host-permissions.ts).
   */
  readonly hosts: readonly string[];
  /** Does this adapter apply to this page? (host, path, or DOM markers for self-hosted desks) */
  matches(url: URL, doc: Document): boolean;
  /** Is `editor` (an editable root) a reply box of this desk? */
  isReplyBox(editor: HTMLElement): boolean;
  /** Customer reply or internal note, judged from the composer around `editor`. */
  draftKind(editor: HTMLElement): DraftKind;
  /** The customer's last message in the open ticket, as plain text. */
  customerMessage(editor: HTMLElement): string | undefined;
  /**
   * CSS selector of this desk's send controls (its Send/Submit button), when their words don't say
   * so; without it a send is known by the shared conventions of lib/sites/send.ts.
   */
  readonly sendControls?: string;
}
