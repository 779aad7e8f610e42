import type { ReactNode } from 'react';
import { formatNumber, type Language } from '../common/language';
import type { T } from './i18n';

export interface Cell {
  count?: number | null;
  suppressed?: boolean | null;
}

export const isWithheld = (cell: Cell | null | undefined) => !cell || Boolean(cell.suppressed) || cell.count == null;

/** A cell's count for a chart: null (a gap) when withheld. */
export const chartValue = (cell: Cell | null | undefined) => (isWithheld(cell) ? null : cell!.count!);

/** Cells added up (over years): withheld when any is (a sum of published counts tells nothing new, and one withheld part hides the sum). */
export function sumOf(cells: (Cell | null | undefined)[]): Cell {
  if (cells.some(isWithheld)) return { count: null, suppressed: true };
  return { count: cells.reduce((sum, cell) => sum + cell!.count!, 0), suppressed: false };
}

/** A count, or the mark of a withheld small cell. */
export function Count({ t, language, cell }: { t: T; language: Language; cell: Cell | null | undefined }) {
  if (isWithheld(cell)) return <span className="suppressed" title={t('suppressedHelp')} data-suppressed="true">{t('suppressed')}</span>;
  return <span data-value={cell!.count}>{formatNumber(language, cell!.count!)}</span>;
}

/** A section of figures: its chart, its table (scrolling sideways on its own when wider than the screen) and, when a count is withheld, why in plain words. */
export function Section({ t, title, id, chart, table, withheld, why }: { t: T; title: string; id: string; chart: ReactNode; table: ReactNode; withheld: boolean; why?: string }) {
  return (
    <section data-testid={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {chart}
      <div className="table" tabIndex={0} role="region" aria-label={`${t('table')}: ${title}`}>{table}</div>
      {withheld && (
        <div className="why-withheld" data-testid={`${id}-why-withheld`}>
          {why && <p>{why}</p>}
          <details>
            <summary>{t('whyWithheldShort')}</summary>
            <p>{t('whyWithheld')}</p>
          </details>
        </div>
      )}
    </section>
  );
}
