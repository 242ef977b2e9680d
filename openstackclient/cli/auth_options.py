"""Auth plugin options of keystoneauth1, as data (generated).

Regenerate with: .venv/bin/python tools/gen-auth-options
"""

PLUGINS = ('admin_token',
 'http_basic',
 'none',
 'password',
 'token',
 'v2password',
 'v2token',
 'v3applicationcredential',
 'v3multifactor',
 'v3oauth2clientcredential',
 'v3oauth2mtlsclientcredential',
 'v3oidcaccesstoken',
 'v3oidcauthcode',
 'v3oidcclientcredentials',
 'v3oidcdeviceauthz',
 'v3oidcpassword',
 'v3password',
 'v3token',
 'v3tokenlessauth',
 'v3totp',
 'v3websso')

# (option name without --os-, help, is a secret)
OPTIONS = (('access-token', 'OAuth 2.0 Access Token', True),
 ('access-token-endpoint',
  'OpenID Connect Provider Token Endpoint. Note that if a discovery '
  'document is being passed this option will override the endpoint '
  'provided by the server in the discovery document.',
  False),
 ('access-token-type',
  'OAuth 2.0 Authorization Server Introspection token type, it is used '
  'to decide which type of token will be used when processing token '
  'introspection. Valid values are: "access_token" or "id_token"',
  False),
 ('application-credential-id', 'Application credential ID', False),
 ('application-credential-name', 'Application credential name', False),
 ('application-credential-secret',
  'Application credential auth secret',
  True),
 ('auth-methods', 'Methods to authenticate with.', False),
 ('auth-url', 'Authentication URL', False),
 ('client-id', 'OAuth 2.0 Client ID', False),
 ('client-secret', 'OAuth 2.0 Client Secret', True),
 ('code', 'OAuth 2.0 Authorization Code', True),
 ('code-challenge-method', 'PKCE Challenge Method (RFC 7636)', False),
 ('default-domain-id',
  'Optional domain ID to use with v3 and v2 parameters. It will be '
  'used for both the user and project domain in v3 and ignored in v2 '
  'authentication.',
  False),
 ('default-domain-name',
  'Optional domain name to use with v3 API and v2 parameters. It will '
  'be used for both the user and project domain in v3 and ignored in '
  'v2 authentication.',
  False),
 ('device-authorization-endpoint',
  'OAuth 2.0 Device Authorization Endpoint. Note that if a discovery '
  'document is being passed this option will override the endpoint '
  'provided by the server in the discovery document.',
  False),
 ('discovery-endpoint',
  'OpenID Connect Discovery Document URL. The discovery document will '
  'be used to obtain the values of the access token endpoint and the '
  'authentication endpoint. This URL should look like '
  'https://idp.example.org/.well-known/openid-configuration',
  False),
 ('domain-id', 'Domain ID to scope to', False),
 ('domain-name', 'Domain name to scope to', False),
 ('endpoint', 'The endpoint that will always be used', False),
 ('identity-provider', "Identity Provider's name", False),
 ('idp-otp-key',
  'A key to be used in the Identity Provider access token endpoint to '
  'pass the OTP value. E.g. totp',
  False),
 ('login-timeout',
  'Seconds to wait for the user to finish authenticating in the '
  'browser before giving up. Raise it when a first login or MFA prompt '
  'is likely to take longer than the default.',
  False),
 ('oauth2-client-id', 'Client id for OAuth2.0', False),
 ('oauth2-client-secret', 'Client secret for OAuth2.0', True),
 ('oauth2-endpoint', 'Endpoint for OAuth2.0', False),
 ('openid-scope',
  'OpenID Connect scope that is requested from authorization server. '
  'Note that the OpenID Connect specification states that "openid" '
  'must be always specified.',
  False),
 ('passcode', "User's TOTP passcode", True),
 ('password', "User's password", True),
 ('project-domain-id', 'Domain ID containing project', False),
 ('project-domain-name', 'Domain name containing project', False),
 ('project-id', 'Project ID to scope to', False),
 ('project-name', 'Project name to scope to', False),
 ('protocol', 'Protocol for federated plugin', False),
 ('redirect-host',
  'Host the callback server listens on. This must be a loopback '
  'address.',
  False),
 ('redirect-port',
  'Port the callback server listens on. The resulting callback URL, '
  'http://<redirect-host>:<redirect-port>/auth/websso/, must be listed '
  "in the identity service's [federation] trusted_dashboard option.",
  False),
 ('redirect-uri', 'OpenID Connect Redirect URL', False),
 ('system-scope', 'Scope for system operations', False),
 ('token', 'The token that will always be used', True),
 ('trust-id', 'ID of the trust to use as a trustee use', False),
 ('user-domain-id', "User's domain id", False),
 ('user-domain-name', "User's domain name", False),
 ('user-id', 'User id', False),
 ('username', 'Username', False))
