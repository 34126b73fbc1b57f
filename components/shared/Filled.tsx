/**
 * A message with an element where its first placeholder goes (a link, words in bold): the
 * localised text is split around a mark, so each language keeps its own word order.
 */
import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../../lib/i18n';

const MARK = '\u0000';

export function Filled({ message, args = [], children }: { message: MessageKey; args?: (string | number)[]; children: ComponentChildren }) {
  const [before = '', after = ''] = t(message, MARK, ...args).split(MARK);
  return (
    <>
      {before}
      {children}
      {after}
    </>
  );
}
