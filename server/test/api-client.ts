/** A GraphQL client as a browser would be: JSON over HTTP, with its own cookie jar. */
export interface GraphQLErrorBody {
  message: string;
  extensions: { code: string; field?: string; [key: string]: unknown };
}

export interface GraphQLResult<T = Record<string, any>> {
  data: T | null;
  errors?: GraphQLErrorBody[];
}

export class ApiClient {
  /** Cookies by name, as `name=value` pairs (the session, and the device cookie a login sets). */
  private readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  get sessionCookie(): string | null {
    return this.cookies.get('cocon_session') ?? null;
  }

  async request<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<T>> {
    const response = await this.post({ query, variables });
    return (await response.json()) as GraphQLResult<T>;
  }

  /** Sends any body (for malformed requests); remembers cookies set by the server. */
  async post(body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<Response> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { ...headers, ...(this.cookies.size ? { cookie: [...this.cookies.values()].join('; ') } : {}) },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair] = setCookie.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      if (pair.endsWith('=')) this.cookies.delete(name);
      else this.cookies.set(name, pair);
    }
    return response;
  }

  /** Runs an operation that must succeed and returns its data. */
  async ok<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`Expected success, got: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  /** Runs an operation that must fail and returns its (first) error. */
  async fails(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLErrorBody> {
    const result = await this.request(query, variables);
    if (!result.errors?.length) throw new Error(`Expected an error, got: ${JSON.stringify(result.data)}`);
    return result.errors[0];
  }

  async login(email: string, password: string): Promise<this> {
    await this.ok('mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }', {
      email,
      password,
    });
    return this;
  }
}
