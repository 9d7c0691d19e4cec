import { describe, it } from '@jest/globals'
import { rule } from '../../../../../src/scanners/policy/dockerfile/rules/D21.js'
import { catches, doesNotCatch } from './helper.js'

describe('CSG-D21 TLS verification turned off by a variable or tool setting', () => {
  it('flags ENV in both forms, one hit for each variable', () => {
    catches(
      rule,
      'FROM node:22-slim\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n',
      [2]
    )
    catches(
      rule,
      'FROM a:1\nENV NODE_TLS_REJECT_UNAUTHORIZED 0\nENV PYTHONHTTPSVERIFY=0 GIT_SSL_NO_VERIFY=true\n',
      [2, 3, 3]
    )
  })
  it('flags ARG defaults, quoted values, any case and continued ENV', () => {
    catches(
      rule,
      'FROM a:1\nARG NODE_TLS_REJECT_UNAUTHORIZED=0\nARG PIP_TRUSTED_HOST=pypi.corp\n',
      [2, 3]
    )
    catches(
      rule,
      'FROM a:1\nENV NPM_CONFIG_STRICT_SSL="false"\nENV YARN_STRICT_SSL=\'false\'\nENV npm_config_strict_ssl=false\n',
      [2, 3, 4]
    )
    catches(
      rule,
      'FROM a:1\nENV A=1 \\\n    NODE_TLS_REJECT_UNAUTHORIZED=0\n',
      [2]
    )
  })
  it('flags GIT_SSL_NO_VERIFY whatever its value, as git only checks it is set', () => {
    catches(rule, 'FROM a:1\nENV GIT_SSL_NO_VERIFY=false\n', [2])
  })
  it('flags npm/yarn strict-ssl false and pip --trusted-host in RUN', () => {
    catches(
      rule,
      'FROM a:1\nRUN npm config set strict-ssl false\nRUN yarn config set strict-ssl false\nRUN npm config set strict-ssl=false && npm ci\n',
      [2, 3, 4]
    )
    catches(
      rule,
      'FROM a:1\nRUN pip install --trusted-host pypi.corp -r r.txt\nRUN pip3 install --trusted-host=pypi.corp x\n',
      [2, 3]
    )
    catches(
      rule,
      'FROM a:1\nRUN ["npm", "config", "set", "strict-ssl", "false"]\n',
      [2]
    )
  })
  it('flags variables set for one command, exported or inside sh -c', () => {
    catches(rule, 'FROM a:1\nRUN NODE_TLS_REJECT_UNAUTHORIZED=0 npm ci\n', [2])
    catches(
      rule,
      'FROM a:1\nRUN export GIT_SSL_NO_VERIFY=1 && git clone https://x\n',
      [2]
    )
    catches(
      rule,
      'FROM a:1\nRUN sh -c "NODE_TLS_REJECT_UNAUTHORIZED=0 node app.js"\n',
      [2]
    )
  })
  it('passes values that keep verification on, and CA settings', () => {
    doesNotCatch(
      rule,
      'FROM node:22-slim\nENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/corp.pem\n'
    )
    doesNotCatch(
      rule,
      'FROM a:1\nENV NODE_TLS_REJECT_UNAUTHORIZED=1 PYTHONHTTPSVERIFY=1 NPM_CONFIG_STRICT_SSL=true PIP_TRUSTED_HOST=""\n'
    )
    doesNotCatch(
      rule,
      'FROM a:1\nRUN npm config set strict-ssl true\nRUN npm config get strict-ssl\n'
    )
  })
  it('passes ARGs without a value and the names in other places', () => {
    doesNotCatch(
      rule,
      'FROM a:1\nARG NODE_TLS_REJECT_UNAUTHORIZED\nARG GIT_SSL_NO_VERIFY\n'
    )
    doesNotCatch(rule, 'FROM a:1\nRUN echo NODE_TLS_REJECT_UNAUTHORIZED=0\n')
    doesNotCatch(rule, 'FROM a:1\nLABEL NODE_TLS_REJECT_UNAUTHORIZED=0\n')
  })
  // `python -m pip` is the invocation pip's own documentation recommends.
  it('flags --trusted-host given to python -m pip', () => {
    catches(
      rule,
      'FROM a:1\nRUN python -m pip install --trusted-host pypi.corp x\nRUN python3 -m pip --trusted-host=h install x\n',
      [2, 3]
    )
    doesNotCatch(rule, 'FROM a:1\nRUN python -m pip install x\n')
  })
})
