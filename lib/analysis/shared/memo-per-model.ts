/**
 * Wraps an analysis so it runs once per model object: the explorer builds its model once, so
 * every render after the first reads the cached value. A WeakMap lets a dropped model go.
 */
export function memoPerModel<M extends object, T>(compute: (model: M) => T): (model: M) => T {
  const cache = new WeakMap<M, T>();
  return (model) => {
    if (cache.has(model)) return cache.get(model) as T;
    const value = compute(model);
    cache.set(model, value);
    return value;
  };
}

/** memoPerModel for an analysis with options (the Analysis area's switches): one value per model and options key. */
export function memoPerModelAndOptions<M extends object, O, T>(compute: (model: M, options: O) => T, keyOf: (options: O) => string): MemoPerModelAndOptions<M, O, T> {
  const caches = memoPerModel((_model: M) => new Map<string, T>());
  const memo = (model: M, options: O): T => {
    const cache = caches(model);
    const key = keyOf(options);
    if (cache.has(key)) return cache.get(key) as T;
    const value = compute(model, options);
    cache.set(key, value);
    return value;
  };
  // A value computed elsewhere (in slices, between frames) is kept as if computed here.
  return Object.assign(memo, { peek: (model: M, options: O) => caches(model).get(keyOf(options)), keep: (model: M, options: O, value: T) => void caches(model).set(keyOf(options), value) });
}

/** The memo, plus reading a value without computing it and keeping one computed elsewhere. */
export interface MemoPerModelAndOptions<M, O, T> {
  (model: M, options: O): T;
  peek(model: M, options: O): T | undefined;
  keep(model: M, options: O, value: T): void;
}
