import { NextResponse, type NextRequest } from "next/server";

/**
 * The dashboard is read-only: no address accepts data. Anything but GET and HEAD is refused here,
 * before any page or file is looked up (otherwise a pre-rendered page would answer a POST with 200).
 */
export function proxy(request: NextRequest) {
  if (request.method === "GET" || request.method === "HEAD") return NextResponse.next();
  return new NextResponse(null, { status: 405, headers: { allow: "GET, HEAD" } });
}
