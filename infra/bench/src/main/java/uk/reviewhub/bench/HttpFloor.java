package uk.reviewhub.bench;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP floor: the backend's own shape with nothing of its own in it. Netty's HTTP server on
 * NIO event loops (as the backend's, with Netty's default number of them) hands each request to a
 * new virtual thread (as the backend's controllers run), which takes a connection from a fixed set
 * of {@code CONNECTIONS} (as the backend's pool), runs the endpoint's captured script through
 * PostgreSQL JDBC as {@link JdbcFloor} does (every row read), gives the connection back and writes
 * the backend's own answer to that request, captured beforehand, byte for byte. No routing, no
 * security, no JSON, no framework; keep-alive as HTTP/1.1 has it.
 *
 * <p>It answers what the JDBC floor leaves open: with the HTTP leg's sockets and hand-offs added
 * and wrk sharing the cores, what share of pgbench is left for a server whose own work costs
 * nothing. {@code infra/bench/ceiling.sh} drives it with wrk exactly as it drives the backend, and
 * reads its CPU from {@code /proc}.
 *
 * <pre>HttpFloor PORT URL USER PASSWORD SCRIPT BODY CONNECTIONS [virtual|platform]</pre>
 * {@code platform}: the requests run on a fixed pool of {@code CONNECTIONS} platform threads instead.
 * Prints {@code ready} once listening on 127.0.0.1:PORT; runs until killed. {@code SCRIPT.vars}
 * holds the script's values, as for {@link JdbcFloor}.
 */
public final class HttpFloor {

    public static void main(String[] args) throws Exception {
        if (args.length < 7) {
            System.err.println("usage: HttpFloor PORT URL USER PASSWORD SCRIPT BODY CONNECTIONS [virtual|platform]");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        String url = args[1];
        String user = args[2];
        String password = args[3];
        Path script = Path.of(args[4]);
        byte[] body = Files.readAllBytes(Path.of(args[5]));
        int connections = Integer.parseInt(args[6]);

        List<JdbcFloor.Statement> statements = JdbcFloor.parse(Files.readString(script));
        Map<String, String> values = JdbcFloor.values(script, statements);
        BlockingQueue<List<PreparedStatement>> pool = new ArrayBlockingQueue<>(connections);
        for (int i = 0; i < connections; i++) {
            Connection c = DriverManager.getConnection(url, user, password);
            List<PreparedStatement> prepared = JdbcFloor.prepare(c, statements, values);
            pool.add(prepared);
        }

        ExecutorService requests = args.length > 7 && "platform".equals(args[7])
                ? Executors.newFixedThreadPool(connections)
                : Executors.newVirtualThreadPerTaskExecutor();
        EventLoopGroup loops = new MultiThreadIoEventLoopGroup(NioIoHandler.newFactory());
        Channel server = new ServerBootstrap()
                .group(loops)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new HttpServerCodec(), new Handler(pool, body, requests));
                    }
                })
                .bind(InetAddress.getLoopbackAddress(), port).sync().channel();
        System.out.println("ready");
        System.out.flush();
        server.closeFuture().sync();
    }

    /** On each request's end: the script on the request threads (virtual, or the platform pool), then the captured answer. */
    private static final class Handler extends SimpleChannelInboundHandler<HttpObject> {
        private final BlockingQueue<List<PreparedStatement>> pool;
        private final byte[] body;
        private final ExecutorService requests;

        Handler(BlockingQueue<List<PreparedStatement>> pool, byte[] body, ExecutorService requests) {
            this.pool = pool;
            this.body = body;
            this.requests = requests;
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close(); // wrk resets its connections at the end of a run
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, HttpObject message) {
            if (message instanceof HttpRequest) {
                return; // wrk's GETs: everything needed comes at the request's end
            }
            if (message instanceof LastHttpContent) {
                requests.execute(() -> {
                    try {
                        List<PreparedStatement> prepared = pool.take();
                        try {
                            JdbcFloor.run(prepared);
                        } finally {
                            pool.add(prepared);
                        }
                    } catch (SQLException | InterruptedException e) {
                        System.err.println("failed: " + e);
                        System.exit(1);
                    }
                    FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK,
                            Unpooled.wrappedBuffer(body));
                    response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
                    response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
                    ctx.writeAndFlush(response);
                });
            }
        }
    }

    private HttpFloor() {
    }
}
