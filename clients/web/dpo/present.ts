/** The values of a list the hub may give with nulls in it (or not at all), without them. */
export const present = <V,>(values: readonly (V | null)[] | null | undefined): V[] => (values ?? []).filter((value): value is V => value !== null);
