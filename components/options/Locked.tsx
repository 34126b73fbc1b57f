/** The mark next to a control the organisation set: the control is disabled and this says why. */
export const LOCKED_TEXT = 'Set by your organisation';

export function Locked({ id }: { id?: string }) {
  return (
    <span class="locked" id={id} data-locked="true">
      <span aria-hidden="true">🔒 </span>
      {LOCKED_TEXT}
    </span>
  );
}
