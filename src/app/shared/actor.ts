/** The person behind a resolver call, as Forge's context names them. */
export interface Actor {
  accountId: string;
}
