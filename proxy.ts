import { NextResponse, type NextRequest } from "next/server";

/**
 * The dashboard is read-only: no address accepts data. Anything but GET and HEAD is refused here,
 * before any page or file is looked up (otherwise a pre-rendered page would answer a POST with 200).
 */
export function proxy(request: NextRequest) {
  if (request.method !== "GET" && request.method !== "HEAD") {
    return new NextResponse(null, { status: 405, headers: { allow: "GET, HEAD" } });
  }
  // No address of the dashboard holds control characters; refuse them before any page or cache sees them.
  if (/%(0[0-9a-f]|1[0-9a-f]|7f)/i.test(request.nextUrl.pathname)) {
    return new NextResponse("Alamat tidak valid / invalid address", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  return NextResponse.next();
}
