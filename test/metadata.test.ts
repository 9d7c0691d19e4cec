import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'
import { Ajv } from 'ajv'
import { parse } from 'yaml'

import { INPUTS, OUTPUTS } from '../src/config/inputs.js'
import { renderActionYml } from '../src/publish/github/action-yml.js'
import { renderReadme } from '../scripts/readme-tables.js'

const schemas = path.resolve(process.cwd(), '../shared/schemas')

function validator(file: string) {
  const ajv = new Ajv({ strict: false, allErrors: true })
  const schema = JSON.parse(readFileSync(path.join(schemas, file), 'utf8'))

  return ajv.compile(schema)
}

describe('action.yml', () => {
  const text = readFileSync('action.yml', 'utf8')
  const action = parse(text) as {
    inputs: Record<string, { description: string }>
    outputs: Record<string, unknown>
    runs: { using: string; main: string }
  }

  it('is what the input table renders (run npm run action-yml after editing inputs)', () => {
    expect(text).toBe(renderActionYml())
  })

  it('validates against the published action schema', () => {
    const validate = validator('github-action.json')

    expect(validate(action) ? [] : validate.errors).toEqual([])
  })

  it('runs the committed bundle on node24 and has every input and output', () => {
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/action/index.js'
    })
    const actionInputs = INPUTS.filter((i) => !i.cliOnly).map((i) => i.name)
    expect(Object.keys(action.inputs)).toEqual(actionInputs)
    for (const input of Object.values(action.inputs)) {
      expect(input.description.length).toBeGreaterThan(10)
    }
    expect(Object.keys(action.outputs)).toEqual(Object.values(OUTPUTS))
  })
})

describe('workflows', () => {
  const dir = '.github/workflows'
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))

  it.each(files)('%s validates against the workflow schema', (file) => {
    const validate = validator('github-workflow.json')
    const workflow = parse(readFileSync(path.join(dir, file), 'utf8'))

    expect(validate(workflow) ? [] : validate.errors).toEqual([])
  })

  it('include CI and a run of the action itself', () => {
    expect(files).toEqual(expect.arrayContaining(['ci.yml', 'self-test.yml']))
  })
})

describe('README', () => {
  it('has the current inputs and outputs tables (run npm run readme)', () => {
    const readme = readFileSync('README.md', 'utf8')

    expect(readme).toBe(renderReadme(readme))
    expect(readme).toContain('node dist/cli/index.js scan examples/webapp')
    expect(readme).toContain('npm test')
  })
})
