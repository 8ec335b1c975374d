// Files as a person picks them in a file input: a JSON file from data, or from raw (possibly broken) text.
export function jsonFile(name: string, data: unknown): File {
  return new File([typeof data === 'string' ? data : JSON.stringify(data)], name, { type: 'application/json' })
}
