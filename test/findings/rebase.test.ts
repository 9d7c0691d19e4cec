import { mkdirSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { sourceRootOf } from '../../src/config/source-root.js'
import type { Finding } from '../../src/findings/index.js'
import { rebaseFindings } from '../../src/findings/rebase.js'

const finding = (p?: string): Finding =>
  ({
    location: { path: p, region: { startLine: 3 } },
    fingerprint: 'f'
  }) as unknown as Finding

describe('rebaseFindings', () => {
  it('puts the scanned folder in front of file paths, and leaves image-only ones', () => {
    const [file, image] = rebaseFindings(
      [finding('Dockerfile'), finding()],
      'services/api'
    )

    expect(file?.location).toEqual({
      path: 'services/api/Dockerfile',
      region: { startLine: 3 }
    })
    expect(image?.location.path).toBeUndefined()
  })

  it('changes nothing when the folder is the root', () => {
    expect(rebaseFindings([finding('Dockerfile')], '')[0]?.location.path).toBe(
      'Dockerfile'
    )
  })
})

describe('sourceRootOf', () => {
  it('finds the folder holding .git above the scanned one', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'csg-root-'))
    mkdirSync(path.join(root, '.git'))
    mkdirSync(path.join(root, 'services/api'), { recursive: true })

    expect(sourceRootOf(path.join(root, 'services/api'))).toBe(root)
  })

  it('falls back to the folder itself outside any repository', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'csg-noroot-'))

    expect(sourceRootOf(folder)).toBe(folder)
  })
})
