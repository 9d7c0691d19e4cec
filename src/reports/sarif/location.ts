import path from 'node:path'
import type { Finding, Region } from '../../findings/index.js'
import { imageName } from '../../judge/image.js'
import type { SarifLocation, SarifRegion } from './types.js'

/** The base every artifact URI is relative to: the repository root. */
export const SRCROOT = '%SRCROOT%'

/**
 * The one primary location of a finding, relative to the repository root.
 *
 * GitHub needs a physical file location on every result, but an image
 * finding whose Dockerfile is unknown has no file in the repository. Such a
 * finding gets the image's name (tag and digest left out, so the location
 * stays put from one build to the next) as a path at line 1, and the full
 * reference as a logical location. GitHub shows the alert without a code
 * snippet; the image itself stays readable in the logical location, the
 * message and the result's properties.
 */
export function toLocation(finding: Finding, root: string): SarifLocation {
  const { location } = finding
  const image = location.image
  const logicalLocations = image
    ? [
        {
          name: imageName(image.ref),
          fullyQualifiedName:
            image.digest && !image.ref.includes('@')
              ? `${image.ref}@${image.digest}`
              : image.ref,
          kind: 'module'
        }
      ]
    : undefined
  const file = location.path ?? (image ? imageName(image.ref) : finding.target)
  const region = location.path && location.region ? location.region : undefined

  return {
    physicalLocation: {
      artifactLocation: { uri: toUri(file, root), uriBaseId: SRCROOT },
      region: toRegion(region)
    },
    ...(logicalLocations ? { logicalLocations } : {})
  }
}

/**
 * A repository-relative path as a relative URI reference: forward slashes,
 * each segment percent-encoded, so `a:b` or spaces never read as a scheme
 * or break the URI.
 */
export function toUri(file: string, root: string): string {
  const absolute = path.isAbsolute(file)
  const relative = absolute ? path.relative(root, file) : file
  const clean = relative
    .replaceAll('\\', '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.')

  return clean.map(encodeURIComponent).join('/') || '.'
}

// SARIF lines and columns start at 1; an end before its start is dropped
// rather than written as an invalid region.
function toRegion(region: Region | undefined): SarifRegion {
  const startLine = Math.max(1, Math.trunc(region?.startLine ?? 1))
  const startColumn =
    region?.startColumn && region.startColumn >= 1
      ? region.startColumn
      : undefined
  const endLine =
    region?.endLine && region.endLine >= startLine ? region.endLine : undefined
  const endsLater =
    (endLine ?? startLine) > startLine ||
    (region?.endColumn ?? 0) > (startColumn ?? 0)
  const endColumn =
    startColumn && region?.endColumn && endsLater ? region.endColumn : undefined

  return {
    startLine,
    ...(startColumn ? { startColumn } : {}),
    ...(endLine ? { endLine } : {}),
    ...(endColumn ? { endColumn } : {})
  }
}
