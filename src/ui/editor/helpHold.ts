/**
 * A field's help (ParamHelp) stands in the flow under its box while the field has focus, so it goes, and everything
 * under it moves up, when focus leaves. A mouse press moves focus as the button goes down: the control pressed (Add a
 * year under the last year's box, the next field's Uncertain toggle, the group's Reset) moved away before the button
 * came up, and the click, which needs both on the same control, was lost. So while a press lasts the fields that had
 * focus when it began keep their help (`data-help-held`, editor.css), and let it go once the click that ends the press
 * has been delivered. Nothing else changes: the help still shows only with focus or hover, in the flow, covering
 * nothing.
 */
export const HELD = 'data-help-held';

/** Hold the help of the focused field (and of the fieldsets around it) through each press on `doc`; returns the undo. */
export function holdHelpDuringPress(doc: Document): () => void {
  let held: Element[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const release = () => {
    clearTimeout(timer);
    held.forEach((f) => f.removeAttribute(HELD));
    held = [];
  };
  const down = () => {
    release();
    // A share's box is a field inside the shares' fieldset, itself a field: each shows its help.
    for (let f = doc.activeElement?.closest('.field') ?? null; f; f = f.parentElement?.closest('.field') ?? null) {
      f.setAttribute(HELD, '');
      held.push(f);
    }
  };
  // The click follows pointerup in the same task: let go after it.
  const up = () => {
    clearTimeout(timer);
    timer = setTimeout(release);
  };
  // A press can end without a pointerup here (a context menu takes it, the window loses focus mid-press), and a key
  // means the pointer is done: let go then too, so no help stays held under a field that lost focus.
  const view = doc.defaultView;
  doc.addEventListener('pointerdown', down, true);
  doc.addEventListener('pointerup', up, true);
  doc.addEventListener('pointercancel', up, true);
  doc.addEventListener('contextmenu', up, true);
  doc.addEventListener('keydown', release, true);
  view?.addEventListener('blur', release);
  return () => {
    release();
    doc.removeEventListener('pointerdown', down, true);
    doc.removeEventListener('pointerup', up, true);
    doc.removeEventListener('pointercancel', up, true);
    doc.removeEventListener('contextmenu', up, true);
    doc.removeEventListener('keydown', release, true);
    view?.removeEventListener('blur', release);
  };
}
