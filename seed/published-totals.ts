/**
 * The published Flemish totals the synthetic seed reproduces exactly, aggregated from its rows:
 * families referred to the Safe Homes, and track-1 anonymous consults, per year.
 */
export const publishedTotals = {
  referredFamilies: { 2022: 1971, 2023: 2467, 2024: 3001 } as Record<number, number>,
  consults: { 2022: 754, 2023: 1169, 2024: 1372 } as Record<number, number>,
};

export const seededYears = [2022, 2023, 2024];
