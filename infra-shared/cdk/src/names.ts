/** `orders` -> `Orders`, `syn001` -> `Syn001`: a service's part of logical ids and output keys. */
export function pascalName(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => (part[0]?.toUpperCase() ?? '') + part.slice(1))
    .join('');
}
