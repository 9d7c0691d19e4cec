import { describe, expect, it, beforeAll, afterAll } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expectValidSarif } from '../helpers/sarif.js'

const driver = {
  name: 'demo',
  version: '1.0.0',
  semanticVersion: '1.0.0',
  informationUri: 'https://example.com/demo',
  rules: [
    {
      id: 'R1',
      name: 'DemoRule',
      shortDescription: { text: 'A demo rule.' },
      fullDescription: { text: 'A demo rule that finds demo things.' },
      help: { text: 'Fix the demo.', markdown: 'Fix the **demo**.' },
      helpUri: 'https://example.com/demo/R1',
      properties: {
        'security-severity': '5.5',
        precision: 'high',
        tags: ['security']
      }
    }
  ]
}

function log(result: Record<string, unknown>): unknown {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        automationDetails: { id: 'demo/' },
        originalUriBaseIds: { '%SRCROOT%': { uri: 'file:///repo/' } },
        results: [result]
      }
    ]
  }
}

const located = {
  ruleId: 'R1',
  ruleIndex: 0,
  level: 'warning',
  message: { text: 'Demo found.' },
  locations: [
    {
      physicalLocation: {
        artifactLocation: { uri: 'src/a.ts', uriBaseId: '%SRCROOT%' },
        region: { startLine: 3 }
      }
    }
  ],
  partialFingerprints: { 'csg/v1': 'abc' }
}

describe('expectValidSarif', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'csg-validator-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  async function write(name: string, content: unknown): Promise<string> {
    const file = path.join(dir, name)
    await writeFile(file, JSON.stringify(content, null, 2))
    return file
  }

  it('accepts logs GitHub and the schema accept, and rejects others with every problem named', async () => {
    const good = await write('good.sarif', log(located))
    const noLocation = await write(
      'no-location.sarif',
      log({ ...located, locations: undefined })
    )
    const badLevel = await write(
      'bad-level.sarif',
      log({ ...located, level: 'fatal' })
    )

    await expect(expectValidSarif(good)).resolves.toBeUndefined()
    const failure = expectValidSarif(good, noLocation, badLevel)
    await expect(failure).rejects.toThrow(
      /no-location\.sarif:\d+: error GH1015/
    )
    await expect(expectValidSarif(badLevel)).rejects.toThrow(
      /bad-level\.sarif: schema: \/runs\/0\/results\/0\/level must be equal to one of the allowed values/
    )
  })
})
