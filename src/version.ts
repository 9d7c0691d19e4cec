/** The gate's own name and version, as reports name the tool. */
export const TOOL_INFO = {
  name: 'container-security-gate',
  version: '0.1.0',
  informationUri:
    'https://github.com/container-security-gate/container-security-gate'
} as const
