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

/** memoPerModel for an analysis with one on/off switch: one cache for each setting. */
export function memoPerModelAndSwitch<M extends object, T>(compute: (model: M, on: boolean) => T): (model: M, on: boolean) => T {
  const on = memoPerModel((model: M) => compute(model, true));
  const off = memoPerModel((model: M) => compute(model, false));
  return (model, flag) => (flag ? on : off)(model);
}
