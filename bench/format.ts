/* How the bench writes numbers, budget limits and durations. */
import type { Budget } from './budgets';

export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const digits = Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : 1;
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function describeLimit(budget: Budget): string {
  const sign = budget.kind === 'below' ? '<' : budget.kind === 'at-most' ? '<=' : '>=';
  const unit = budget.unit === 'x' ? 'x' : budget.unit ? ` ${budget.unit}` : '';
  return `${sign} ${formatNumber(budget.limit)}${unit}`;
}

/** Seconds since `since` (a performance.now() time), as "12.3 s". */
export const secondsSince = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
