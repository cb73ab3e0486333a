/** Splits a setup key into groups of four, the way it is easiest to read and type by hand. */
export function secretGroups(secret: string): string[] {
  const compact = secret.replace(/[\s=]/g, "").toUpperCase();
  const groups: string[] = [];
  for (let i = 0; i < compact.length; i += 4) groups.push(compact.slice(i, i + 4));
  return groups;
}
