import { describe, expect, it } from '@jest/globals'

import { INPUTS } from '../../../src/config/inputs.js'
import { UserError } from '../../../src/errors.js'
import { parseArgs } from '../../../src/publish/cli/args.js'
import { helpText } from '../../../src/publish/cli/help.js'

describe('parseArgs', () => {
  it('reads a path, repeated list flags, booleans and --flag=value', () => {
    const command = parseArgs([
      'scan',
      'repo',
      '--images',
      'a:1',
      '--images=b:2',
      '--ignore-unfixed',
      '--no-fail-on-scanner-error',
      '--severity-threshold=critical',
      '--verbose'
    ])

    expect(command).toMatchObject({ kind: 'scan', verbose: true })
    if (command.kind !== 'scan') throw new Error('expected scan')
    expect(Object.fromEntries(command.inputs)).toEqual({
      path: 'repo',
      images: ['a:1', 'b:2'],
      'ignore-unfixed': 'true',
      'fail-on-scanner-error': 'false',
      'severity-threshold': 'critical'
    })
  })

  it('answers help and version', () => {
    expect(parseArgs([])).toEqual({ kind: 'help' })
    expect(parseArgs(['scan', '--help'])).toEqual({ kind: 'help' })
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' })
  })

  it.each([
    [['lint'], 'Unknown command "lint"'],
    [['scan', '--severity'], 'Unknown flag --severity'],
    [['scan', '--sarif-file'], 'needs a value'],
    [['scan', 'a', 'b'], 'path was given twice'],
    [['scan', '--registry-password', 'x'], 'not accepted on the command line']
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UserError)
    expect(() => parseArgs(argv)).toThrow(message)
  })
})

describe('helpText', () => {
  it('lists every input as a flag with its default', () => {
    const text = helpText()
    for (const input of INPUTS) {
      expect(text).toContain(`--${input.name}`)
      if (input.default) expect(text).toContain(`[default: ${input.default}]`)
    }
    expect(text).toContain('3  a scanner could not run')
  })
})
