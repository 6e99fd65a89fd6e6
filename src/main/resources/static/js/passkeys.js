// Passkeys (WebAuthn): registering one on the account page and signing in with one on the sign-in page. The
// passkey controls are hidden until this script finds that the browser supports passkeys, so a browser without
// them (or without JavaScript) sees only the password form. See docs/domain/sign-in.md.
const b64 = {
  encode(buffer) {
    return btoa(String.fromCharCode(...new Uint8Array(buffer))).replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
  },
  decode(text) {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0)).buffer;
  },
};

function csrfHeaders(root) {
  const token = root.querySelector('input[name="_csrf"]');
  return token ? { 'X-CSRF-TOKEN': token.value } : {};
}

async function post(url, headers, body) {
  return fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function signIn(root) {
  const headers = csrfHeaders(root);
  const optionsResponse = await post('/webauthn/authenticate/options', headers);
  if (!optionsResponse.ok) {
    window.location.href = '/sign-in?passkey';
    return;
  }
  const options = await optionsResponse.json();
  options.challenge = b64.decode(options.challenge);
  options.allowCredentials = (options.allowCredentials || []).map((c) => ({ ...c, id: b64.decode(c.id) }));
  let credential;
  try {
    credential = await navigator.credentials.get({ publicKey: options });
  } catch (e) {
    window.location.href = '/sign-in?passkey-cancelled';
    return;
  }
  const { response } = credential;
  const answer = await post('/login/webauthn', headers, {
    id: credential.id,
    rawId: b64.encode(credential.rawId),
    response: {
      authenticatorData: b64.encode(response.authenticatorData),
      clientDataJSON: b64.encode(response.clientDataJSON),
      signature: b64.encode(response.signature),
      userHandle: response.userHandle ? b64.encode(response.userHandle) : undefined,
    },
    credType: credential.type,
    clientExtensionResults: credential.getClientExtensionResults(),
    authenticatorAttachment: credential.authenticatorAttachment,
  });
  const result = await answer.json().catch(() => ({}));
  window.location.href = result.redirectUrl || '/sign-in?passkey';
}

// The account page has checked the passkey's name (and a fresh authenticator code, where the person has an app)
// before offering this button; the server keeps that name whatever is sent here.
async function register(root) {
  const label = root.dataset.passkeyName;
  const headers = csrfHeaders(root);
  const optionsResponse = await post('/webauthn/register/options', headers);
  if (!optionsResponse.ok) {
    window.location.href = '/account?passkey-failed#passkeys';
    return;
  }
  const options = await optionsResponse.json();
  options.challenge = b64.decode(options.challenge);
  options.user = { ...options.user, id: b64.decode(options.user.id) };
  options.excludeCredentials = (options.excludeCredentials || []).map((c) => ({ ...c, id: b64.decode(c.id) }));
  let credential;
  try {
    credential = await navigator.credentials.create({ publicKey: options });
  } catch (e) {
    window.location.href = '/account?passkey-failed#passkeys';
    return;
  }
  const { response } = credential;
  const saved = await post('/webauthn/register', headers, {
    publicKey: {
      credential: {
        id: credential.id,
        rawId: b64.encode(credential.rawId),
        response: {
          attestationObject: b64.encode(response.attestationObject),
          clientDataJSON: b64.encode(response.clientDataJSON),
          transports: response.getTransports ? response.getTransports() : [],
        },
        type: credential.type,
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment,
      },
      label,
    },
  });
  window.location.href = saved.ok ? '/account?passkey-added#passkeys' : '/account?passkey-failed#passkeys';
}

if (window.PublicKeyCredential && navigator.credentials) {
  document.querySelectorAll('[data-passkey-sign-in]').forEach((root) => {
    root.hidden = false;
    root.querySelector('button').addEventListener('click', () => signIn(root));
  });
  document.querySelectorAll('[data-passkey-register]').forEach((root) => {
    root.hidden = false;
  });
  document.querySelectorAll('[data-passkey-create]').forEach((root) => {
    root.querySelector('button').addEventListener('click', () => register(root));
  });
}
