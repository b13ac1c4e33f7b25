/** The import components inside the providers they need, with a fake import service that records what it is asked. */
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import type { ReactNode } from 'react';
import { HouseholdsProvider, type HouseholdActions } from '../../../src/app/services';
import { StoreProvider } from '../../../src/state/context';
import { createAppStore, type AppStore } from '../../../src/state/store';
import type { ParsedFile, ParseOptions } from '../../../src/run/households/parser';

export interface FakeImport extends HouseholdActions {
  /** The options of each parse asked for (its signal, its progress callback). */
  parses: ParseOptions[];
}

/** `parse` answers with `result` (or never, to watch progress and cancel); confirm and useSynthetic succeed. */
export function fakeImport(store: AppStore, result: ParsedFile | 'never'): FakeImport {
  const parses: ParseOptions[] = [];
  return {
    parses,
    parse: vi.fn((_file: Blob, _line: number, options: ParseOptions = {}) => {
      parses.push(options);
      return result === 'never' ? new Promise<ParsedFile>(() => undefined) : Promise.resolve(result);
    }),
    confirm: vi.fn((ids: readonly string[], parsed: ParsedFile, label: { id: string; name: string }) =>
      ids.flatMap((id) => store.getState().setHouseholds(id, { id: label.id, name: label.name, sha256: parsed.sha256, rows: parsed.data.n }))),
    useSynthetic: vi.fn((id: string) => store.getState().setHouseholds(id, null)),
  };
}

export function renderWith(ui: ReactNode, store: AppStore = createAppStore(), actions: HouseholdActions | null = null) {
  return render(
    <StoreProvider store={store}>
      <HouseholdsProvider actions={actions}>{ui}</HouseholdsProvider>
    </StoreProvider>,
  );
}

/** The text a reader sees in `root`, leaving out what is data rather than interface: code (the file's text, column names, ids) and what stays in English (lang="en": the engine's validation issues). */
export function interfaceText(root: Element): string {
  const clone = root.cloneNode(true) as Element;
  for (const el of clone.querySelectorAll('[lang="en"], code')) el.remove();
  return clone.textContent ?? '';
}
