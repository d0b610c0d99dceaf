package dev.orderflow.web.limits;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RequestBodyLimitFilterTest {

	final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(100);

	final AtomicReference<String> bodySeen = new AtomicReference<>();

	final FilterChain chain = (request, response) -> bodySeen
		.set(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8));

	@Test
	void aBodyDeclaredLargerThanTheLimitIsRefusedWith413AndAProblemBeforeAnythingReadsIt() throws Exception {
		MockHttpServletRequest request = post("x".repeat(101));
		MockHttpServletResponse response = new MockHttpServletResponse();

		filter.doFilter(request, response, chain);

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":413", "at most 100 bytes");
		assertThat(bodySeen).hasNullValue();
	}

	@Test
	void aChunkedBodyWithoutLengthIsRefusedOnceItGrowsPastTheLimit() throws Exception {
		MockHttpServletRequest request = chunked("x".repeat(5000));
		MockHttpServletResponse response = new MockHttpServletResponse();

		filter.doFilter(request, response, chain);

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(bodySeen).hasNullValue();
	}

	@Test
	void bodiesUpToTheLimitReachTheApplicationWhole() throws Exception {
		MockHttpServletResponse declared = new MockHttpServletResponse();
		MockHttpServletResponse chunked = new MockHttpServletResponse();

		filter.doFilter(post("{\"a\": \"" + "y".repeat(91) + "\"}"), declared, chain);
		assertThat(bodySeen.get()).hasSize(100);
		filter.doFilter(chunked("{\"chunked\": true}"), chunked, chain);

		assertThat(bodySeen).hasValue("{\"chunked\": true}");
		assertThat(declared.getStatus()).isEqualTo(200);
		assertThat(chunked.getStatus()).isEqualTo(200);
	}

	private static MockHttpServletRequest post(String body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/order/api/orders");
		request.setContentType("application/json");
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		return request;
	}

	/** MockHttpServletRequest reports the content's length; a chunked request has none. */
	private static MockHttpServletRequest chunked(String body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/order/api/orders") {

			@Override
			public long getContentLengthLong() {
				return -1;
			}

			@Override
			public int getContentLength() {
				return -1;
			}

		};
		request.setContentType("application/json");
		request.addHeader("Transfer-Encoding", "chunked");
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		return request;
	}

}
