// A deep copy of plain JSON-like state (objects, arrays, numbers, strings,
// booleans, undefined). About six times faster than structuredClone on G, and
// the headless engine copies a state at the start of every simulated match.
export const copyPlain = <T>(value: T): T => {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copyPlain(value[i]);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = copyPlain((value as Record<string, unknown>)[key]);
  return out as T;
};

/**
 * A deep copy of a match's state that shares its rules: they are never written
 * after setup, and copying the parameter file was a tenth of a simulated game.
 */
export const copyState = <G extends { readonly rules: unknown }>(G: G): G => {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(G)) {
    const value = (G as Record<string, unknown>)[key];
    out[key] = key === 'rules' ? value : copyPlain(value);
  }
  return out as G;
};
