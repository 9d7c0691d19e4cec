/** Text made safe for one cell of a Markdown table. */
export function markdownCell(value: string): string {
  return value.replaceAll('|', '\\|').replace(/\r?\n/g, ' ')
}
