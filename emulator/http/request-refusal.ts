/**
 * A request the emulator cannot read (size, encoding, shape): answered with `status` and `message`, in the requested
 * format.
 */
export class RequestRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
