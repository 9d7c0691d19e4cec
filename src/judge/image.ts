/**
 * An image reference without its tag or digest:
 * `ghcr.io/acme/api:1.2@sha256:..` -> `ghcr.io/acme/api`. A registry port
 * (`localhost:5000/app`) is kept: only a colon after the last slash is a tag.
 */
export function imageName(ref: string): string {
  const noDigest = ref.split('@')[0] ?? ref
  const slash = noDigest.lastIndexOf('/')
  const colon = noDigest.lastIndexOf(':')

  return colon > slash ? noDigest.slice(0, colon) : noDigest
}
