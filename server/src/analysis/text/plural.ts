/** "1 person", "3 people": a count with the word that fits it, for reports and editor labels alike. */
export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
