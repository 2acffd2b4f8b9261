/** Characters as a person counts them (a Chinese character is one, whatever UTF-16 says). */
export function charCount(text: string): number {
  return [...text].length;
}

/** Today as YYYY-MM-DD in local time: the bound for birth dates. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
