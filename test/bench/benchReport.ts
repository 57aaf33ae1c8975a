// The bench's results as rows, printed as a table (or as JSON with --json).
import type { ContenderName } from './contenders';

export type Cell = number | string | boolean | null;

export interface BenchRow {
  readonly encoding: string;
  readonly measure: string;
  readonly unit: string;
  readonly values: Partial<Record<ContenderName, Cell>>;
  /** The engine's result against the others, e.g. "31.9x js-tiktoken". */
  readonly ratio?: string;
  readonly target?: string;
  /** Whether the target is met; undefined when the row has no target. */
  readonly pass?: boolean;
  readonly note?: string;
}

export interface BenchReport {
  readonly environment: Record<string, string | number>;
  readonly rows: readonly BenchRow[];
  readonly missedTargets: readonly string[];
}

function formatCell(cell: Cell | undefined): string {
  if (cell === undefined || cell === null) {
    return '-';
  }
  if (typeof cell === 'boolean') {
    return cell ? 'exact' : 'DIFFERS';
  }
  if (typeof cell === 'number') {
    return cell >= 100 ? Math.round(cell).toLocaleString('en') : cell.toFixed(cell >= 10 ? 1 : 2);
  }
  return cell;
}

export function formatTable(report: BenchReport): string {
  const header = ['encoding', 'measure', 'unit', 'engine', 'js-tiktoken', 'gpt-tokenizer', 'engine vs others', 'target', 'ok'];
  const lines = report.rows.map((row) => [
    row.encoding,
    row.measure,
    row.unit,
    formatCell(row.values.engine),
    formatCell(row.values['js-tiktoken']),
    formatCell(row.values['gpt-tokenizer']),
    row.ratio ?? '',
    row.target ?? '',
    row.pass === undefined ? '' : row.pass ? 'yes' : 'NO',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const render = (cells: readonly string[]): string => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
  const environment = Object.entries(report.environment).map(([key, value]) => `${key}: ${value}`).join(', ');
  const notes = report.rows.filter((row) => row.note !== undefined).map((row) => `- ${row.encoding} ${row.measure}: ${row.note}`);
  const missed = report.missedTargets.length === 0 ? ['All targets met.'] : report.missedTargets.map((target) => `MISSED: ${target}`);
  return [environment, '', render(header), render(widths.map((width) => '-'.repeat(width))), ...lines.map(render), '', 'Notes:', ...notes, '', ...missed].join('\n');
}
