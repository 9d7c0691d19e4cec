export { resolveDigest } from './resolve.js'
export type { ResolveDigestOptions, ResolvedImage } from './resolve.js'
export {
  formatImageRef,
  parseImageRef,
  pinnedRef,
  registryHost,
  repositoryName
} from './ref.js'
export type { ImageRef } from './ref.js'
export { REGISTRY_ENV } from './credentials.js'
