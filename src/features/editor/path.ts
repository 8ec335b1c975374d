/** Where a value sits in the draft: the same keys zod reports an issue at, e.g. ['questions', 3, 'levels', 2, 'de']. */
export type Path = readonly (string | number)[]

/** The value at a path; undefined when the path leads nowhere. */
export function getIn(value: unknown, path: Path): unknown {
  let current = value
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Record<string | number, unknown>)[key]
  }
  return current
}

/**
 * A copy with the value at `path` replaced; only the objects and arrays along the path are copied,
 * everything else is shared (undo keeps hundreds of states without copying the whole questionnaire).
 */
export function setIn<T>(value: T, path: Path, next: unknown): T {
  if (path.length === 0) return next as T
  const [key, ...rest] = path as [string | number, ...(string | number)[]]
  const container = value as unknown
  const child =
    typeof container === 'object' && container !== null ? (container as Record<string, unknown>)[key] : undefined
  const replaced = setIn(child, rest, next)
  if (Array.isArray(container)) {
    const copy = [...container]
    copy[key as number] = replaced
    return copy as T
  }
  const base = typeof container === 'object' && container !== null ? container : {}
  if (replaced === undefined) {
    const { [key]: _removed, ...without } = base as Record<string, unknown>
    return without as T
  }
  return { ...(base as object), [key]: replaced } as T
}
