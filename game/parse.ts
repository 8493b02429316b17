// Shape checks for untrusted input (move arguments from the network): plain
// objects with exactly the expected own keys, so `__proto__` tricks and extra
// keys fail before any rule reads them.
export type Plain = { readonly [key: string]: unknown };

/** A plain JSON-like object: not an array, class instance or null. */
export const isPlain = (value: unknown): value is Plain => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/** A plain object with exactly these own keys. */
export const hasExactKeys = (value: unknown, keys: ReadonlyArray<string>): value is Plain => {
  if (!isPlain(value)) return false;
  const own = Object.getOwnPropertyNames(value);
  return own.length === keys.length && own.every((key) => keys.includes(key));
};

/** Whether untrusted `raw` is exactly `known` (same own keys, same primitive values): no coercion, no extras. */
export const matchesExactly = (raw: unknown, known: Plain): boolean => {
  const keys = Object.keys(known);
  return hasExactKeys(raw, keys) && keys.every((key) => raw[key] === known[key]);
};
