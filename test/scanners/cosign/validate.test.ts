import { describe, expect, it } from '@jest/globals'

import { UserError } from '../../../src/errors.js'
import { validateCosignConfig } from '../../../src/scanners/cosign/validate.js'
import { cosignConfig } from './helpers.js'

const keyless = {
  key: undefined,
  certificateIdentityRegexp: '^https://github.com/acme/',
  certificateOidcIssuer: 'https://token.actions.githubusercontent.com'
}

function inputOf(run: () => void): string | undefined {
  try {
    run()
  } catch (error) {
    if (error instanceof UserError) return error.input
    throw error
  }

  return undefined
}

describe('validateCosignConfig', () => {
  it.each([
    'cosign.pub',
    'env://COSIGN_PUBLIC_KEY',
    'awskms://arn:aws:kms:eu-west-1:1:key/abc',
    'gcpkms://projects/p/locations/l/keyRings/r/cryptoKeys/k',
    'azurekms://vault.vault.azure.net/key',
    'hashivault://transit-key'
  ])('accepts the key %s', (key) => {
    expect(() => validateCosignConfig(cosignConfig({ key }))).not.toThrow()
  })

  it('accepts keyless settings with an identity and an issuer', () => {
    expect(() => validateCosignConfig(cosignConfig(keyless))).not.toThrow()
  })

  it('rejects keyless settings without an identity, naming the input', () => {
    const c = cosignConfig({ ...keyless, certificateIdentityRegexp: undefined })

    expect(() => validateCosignConfig(c)).toThrow(/cosign-certificate-identity/)
    expect(inputOf(() => validateCosignConfig(c))).toBe(
      'cosign-certificate-identity'
    )
  })

  it('rejects keyless settings without an issuer', () => {
    const c = cosignConfig({ ...keyless, certificateOidcIssuer: undefined })

    expect(inputOf(() => validateCosignConfig(c))).toBe(
      'cosign-certificate-oidc-issuer'
    )
  })

  it('rejects an identity given both exactly and as a regexp', () => {
    const c = cosignConfig({ ...keyless, certificateIdentity: 'a@b.c' })

    expect(() => validateCosignConfig(c)).toThrow(/not both/)
  })

  it('rejects an issuer given both exactly and as a regexp, naming the input', () => {
    const c = cosignConfig({
      ...keyless,
      certificateOidcIssuerRegexp: '^https://token\\.actions\\.'
    })

    expect(() => validateCosignConfig(c)).toThrow(
      /cosign-certificate-oidc-issuer or cosign-certificate-oidc-issuer-regexp, not both/
    )
    expect(inputOf(() => validateCosignConfig(c))).toBe(
      'cosign-certificate-oidc-issuer'
    )
  })

  describe('when cosign-key is given with keyless settings', () => {
    it.each([
      ['cosign-certificate-identity', { certificateIdentity: 'a@b.c' }],
      [
        'cosign-certificate-identity-regexp',
        { certificateIdentityRegexp: '^https://github.com/acme/' }
      ],
      [
        'cosign-certificate-oidc-issuer',
        { certificateOidcIssuer: 'https://token.actions.githubusercontent.com' }
      ],
      [
        'cosign-certificate-oidc-issuer-regexp',
        { certificateOidcIssuerRegexp: '.*' }
      ]
    ])('rejects cosign-key with %s, naming both', (input, extra) => {
      const c = cosignConfig({ key: 'cosign.pub', ...extra })
      const run = () => validateCosignConfig(c)

      expect(run).toThrow(UserError)
      expect(run).toThrow(`cosign-key and ${input} were both given`)
      expect(run).toThrow(/key-based and keyless verification are exclusive/)
      expect(inputOf(run)).toBe(input)
    })

    it('rejects a full keyless set beside the key too', () => {
      const c = cosignConfig({ ...keyless, key: 'env://COSIGN_PUBLIC_KEY' })

      expect(() => validateCosignConfig(c)).toThrow(/exclusive/)
    })
  })

  it('rejects an identity regexp that does not compile', () => {
    const c = cosignConfig({ ...keyless, certificateIdentityRegexp: '(' })

    expect(inputOf(() => validateCosignConfig(c))).toBe(
      'cosign-certificate-identity-regexp'
    )
  })

  it('rejects an unknown key scheme and lists the accepted ones', () => {
    const c = cosignConfig({ key: 'ftp://keys.example/cosign.pub' })

    expect(() => validateCosignConfig(c)).toThrow(
      /awskms:\/\/.*hashivault:\/\//
    )
  })

  it('rejects env:// without a variable name', () => {
    expect(
      inputOf(() => validateCosignConfig(cosignConfig({ key: 'env://' })))
    ).toBe('cosign-key')
  })

  it('rejects an unknown attestation type and lists the accepted ones', () => {
    const c = cosignConfig({ attestationTypes: ['slsa'] })

    expect(() => validateCosignConfig(c)).toThrow(/slsaprovenance, .*cyclonedx/)
  })

  it('accepts a predicate type URI', () => {
    const c = cosignConfig({
      attestationTypes: ['https://slsa.dev/provenance/v1']
    })

    expect(() => validateCosignConfig(c)).not.toThrow()
  })

  it('rejects a timeout that is not positive', () => {
    const c = cosignConfig({ timeoutSeconds: 0 })

    expect(inputOf(() => validateCosignConfig(c))).toBe('cosign-timeout')
  })
})
