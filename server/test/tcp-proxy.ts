import net from 'node:net';

/**
 * A TCP relay between the application and a service (PostgreSQL, Redis) or between a client and the application,
 * to make that link fail the ways networks do: `refuse()` closes every connection and refuses new ones (a service
 * that is down), `blackhole()` keeps connections open but lets nothing through (a cut cable, a train in a tunnel).
 */
export class TcpProxy {
  private mode: 'open' | 'refused' | 'blackhole' = 'open';
  private readonly pairs = new Set<[net.Socket, net.Socket]>();
  private constructor(
    private readonly server: net.Server,
    readonly port: number,
    private readonly target: { port: number; host: string },
  ) {}

  static async start(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const proxy = new TcpProxy(server, (server.address() as net.AddressInfo).port, { port: targetPort, host: targetHost });
    server.on('connection', (client) => proxy.accept(client));
    return proxy;
  }

  private accept(client: net.Socket) {
    if (this.mode === 'refused') return void client.destroy();
    const upstream = net.connect(this.target.port, this.target.host);
    const pair: [net.Socket, net.Socket] = [client, upstream];
    this.pairs.add(pair);
    const forward = (from: net.Socket, to: net.Socket) =>
      from.on('data', (chunk) => {
        if (this.mode === 'open') to.write(chunk);
      });
    forward(client, upstream);
    forward(upstream, client);
    const close = () => {
      this.pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('close', close).on('error', close);
    upstream.on('close', close).on('error', close);
  }

  /** The service is down: open connections break, new ones are refused. */
  refuse(): void {
    this.mode = 'refused';
    for (const [client, upstream] of this.pairs) {
      client.destroy();
      upstream.destroy();
    }
  }

  /** The network is cut: nothing passes and nothing is closed, as when a cable is pulled. */
  blackhole(): void {
    this.mode = 'blackhole';
  }

  /** Back to normal. Connections that lived through a black hole are dropped: their bytes were lost. */
  restore(): void {
    if (this.mode === 'blackhole') this.refuse();
    this.mode = 'open';
  }

  async stop(): Promise<void> {
    this.refuse();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
