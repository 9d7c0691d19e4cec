import { errorText, ScannerError } from '../../errors.js'

const INSTALL_HINT =
  'Install Trivy (https://trivy.dev/latest/getting-started/installation/) and put it on PATH, or let the action install its pinned version.'

const AUTH =
  /unauthorized|authentication required|denied: requested access|\b401\b|\b403\b/i
const NETWORK =
  /failed to download|db repository|toomanyrequests|dial tcp|no such host|i\/o timeout|connection refused|tls handshake|context deadline exceeded/i

/**
 * The error a failed Trivy run becomes: registry refusals and network or
 * database failures get their own code and a hint that says what to do;
 * the message starts with what was being scanned.
 */
export function trivyFailure(error: unknown, label: string): ScannerError {
  if (!(error instanceof ScannerError)) {
    return new ScannerError(
      'BAD_OUTPUT',
      'trivy',
      named(errorText(error), label),
      {
        cause: error
      }
    )
  }

  const line = error.details.stderrLine ?? ''
  const message = named(error.message, label)
  if (error.code === 'EXIT_CODE' && AUTH.test(line)) {
    return new ScannerError('REGISTRY_AUTH', 'trivy', message, {
      ...error.details,
      hint: 'The registry refused access. Log in first (docker login), or give registry-username and registry-password (REGISTRY_USERNAME and REGISTRY_PASSWORD), which go only to REGISTRY_HOST when it is set; Trivy also reads TRIVY_USERNAME and TRIVY_PASSWORD from the environment.'
    })
  }
  if (error.code === 'EXIT_CODE' && NETWORK.test(line)) {
    return new ScannerError('NETWORK', 'trivy', message, {
      ...error.details,
      hint: 'Trivy could not reach the registry or its vulnerability database. Check the network, or point trivy db-repository at a mirror, or use a Trivy server.'
    })
  }

  return new ScannerError(error.code, 'trivy', message, {
    ...error.details,
    hint:
      error.details.hint ??
      (error.code === 'NOT_FOUND' ? INSTALL_HINT : undefined),
    cause: error.details.cause ?? error
  })
}

// Messages start with what was scanned, unless they already name it.
function named(message: string, label: string): string {
  return message.includes(label) ? message : `${label}: ${message}`
}
