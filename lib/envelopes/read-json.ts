const utf8 = new TextDecoder('utf-8', { fatal: true });

export type Read = { value: unknown; problems: Array<{ requirement?: string; message: string }> };

/** A JSON answer's bytes as UTF-8 (json.utf8), parsed. */
export function readJson(body: Uint8Array): Read {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    return { value: undefined, problems: [{ requirement: 'json.utf8', message: 'the JSON body is not valid UTF-8' }] };
  }
  try {
    return { value: JSON.parse(text), problems: [] };
  } catch (error) {
    return { value: undefined, problems: [{ message: `the body is not JSON (${(error as Error).message})` }] };
  }
}
