/**
 * The Trusted Types policy that lets the JSON-LD script's text through under
 * `require-trusted-types-for 'script'`.
 */
interface ScriptPolicy {
  createScript(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy;
}
let jsonLdPolicy: ScriptPolicy | null | undefined;

/**
 * The text to give the JSON-LD script. Under Trusted Types (`require-trusted-types-for 'script'`)
 * a script's text must be a TrustedScript, whether set as text or as a child node: a policy of our
 * own passes the JSON through (it is serialised here, with `<` escaped, and never runs). Undefined
 * when the page's CSP allows no policy of that name: then no JSON-LD rather than a violation.
 */
export function jsonLdScriptText(json: string): unknown {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return json;
  if (jsonLdPolicy === undefined) {
    try {
      jsonLdPolicy = factory.createPolicy('press-elements-json-ld', {
        createScript: (input) => input,
      });
    } catch {
      jsonLdPolicy = null;
    }
  }
  return jsonLdPolicy ? jsonLdPolicy.createScript(json) : undefined;
}
