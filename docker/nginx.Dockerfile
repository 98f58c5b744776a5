# Debian's nginx with Ringtjek's template (docker/nginx.conf), rendered at start from the environment
# by nginx-render.sh (README "Production topology"). Built by docker/compose.yaml.
FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends nginx \
    && rm -rf /var/lib/apt/lists/* \
    # logs to the container's output, as docker logs expects
    && ln -sf /dev/stdout /var/log/nginx/access.log \
    && ln -sf /dev/stderr /var/log/nginx/error.log \
    && mkdir -p /var/lib/nginx/ringtjek /var/cache/nginx/ringtjek /etc/nginx/ringtjek.d
COPY docker/nginx.conf docker/nginx-render.sh /etc/nginx/ringtjek/
EXPOSE 80 443
STOPSIGNAL SIGQUIT
CMD ["sh", "-c", "sh /etc/nginx/ringtjek/nginx-render.sh /etc/nginx/ringtjek/nginx.conf > /etc/nginx/nginx.conf && nginx -t -q && exec nginx -g 'daemon off;'"]
