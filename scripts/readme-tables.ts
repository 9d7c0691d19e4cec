/**
 * Renders the README's tables of inputs and outputs from the input table;
 * `npm run readme` rewrites them between their markers, and a test fails
 * when the README is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { INPUTS, OUTPUTS } from '../src/config/inputs.js'
import { OUTPUT_DESCRIPTIONS } from '../src/publish/github/action-yml.js'

const cell = (text: string): string => text.replaceAll('|', '\\|')

/** The inputs table: Action input, CLI flag, default, description. */
export function inputsTable(): string {
  const rows = INPUTS.map((i) => {
    const action = i.cliOnly ? '(CLI only)' : `\`${i.name}\``
    const flag = i.secret ? `env \`REGISTRY_PASSWORD\`` : `\`--${i.name}\``
    const def = i.default ? `\`${i.default}\`` : ''

    return `| ${action} | ${flag} | ${def} | ${cell(i.description)} |`
  })

  return [
    '| Action input | CLI flag | Default | What it does |',
    '|---|---|---|---|',
    ...rows
  ].join('\n')
}

/** The outputs table. */
export function outputsTable(): string {
  const rows = Object.values(OUTPUTS).map(
    (name) => `| \`${name}\` | ${cell(OUTPUT_DESCRIPTIONS[name] ?? '')} |`
  )

  return ['| Output | Meaning |', '|---|---|', ...rows].join('\n')
}

/** `readme` with both tables replaced between their markers. */
export function renderReadme(readme: string): string {
  return replaceBetween(
    replaceBetween(readme, 'inputs', inputsTable()),
    'outputs',
    outputsTable()
  )
}

function replaceBetween(text: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error(`README lacks ${start}/${end}`)

  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync('README.md', renderReadme(readFileSync('README.md', 'utf8')))
}
