/** Names the scenarios a loan chart leaves out because they made no loans. */
export function noLoansNote(notLending: readonly { name: string }[], base?: string): string | undefined {
  const names = notLending.map((r) => r.name).join(', ');
  const parts = [base, names && `Not shown, no loans made: ${names}.`].filter(Boolean);
  return parts.length ? parts.join(' ') : undefined;
}
