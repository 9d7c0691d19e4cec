import path from 'node:path'

import type { Config, CosignConfig } from '../../../src/config/config.js'
import type { ToolResolver } from '../../../src/tools/resolve.js'
import { baseConfig } from '../../helpers/config.js'

/** The corpus folder of real cosign outputs, beside the repository. */
export const CORPUS = path.resolve(process.cwd(), '../shared/corpus/cosign')

/** This project's own cosign fixtures. */
export const FIXTURES = path.resolve(process.cwd(), 'test/fixtures/cosign')

/** The fake cosign executable. */
export const FAKE_COSIGN = path.resolve(process.cwd(), 'test/fakes/cosign')

/** Key-based settings, with overrides. */
export function cosignConfig(over: Partial<CosignConfig> = {}): CosignConfig {
  return {
    key: 'cosign.pub',
    attestationTypes: [],
    verifyBaseImages: false,
    timeoutSeconds: 20,
    ...over
  }
}

/** A whole Config around the given cosign settings. */
export function configWith(cosign: CosignConfig, root = '/repo'): Config {
  return baseConfig(root, {
    scanners: ['cosign'],
    cosign,
    tools: {
      trivyVersion: '0.69.3',
      cosignVersion: '3.0.2',
      downloadBaseUrl: 'https://github.com'
    },
    sarifFile: path.join(root, 'out.sarif'),
    trivy: {
      skipDirs: [],
      timeoutSeconds: 60,
      reports: [],
      skipDockerfileChecks: true
    }
  })
}

/** Resolves cosign to the fake, wherever PATH points. */
export const fakeTools: ToolResolver = {
  resolve: async () => FAKE_COSIGN
}
