FROM ubuntu:24.04 AS base
EXPOSE not-a-port
CMD ["a", "b"
FROM base AS base
