package waypoint.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.support.Api;
import waypoint.support.WaypointTest;

/** Scripts sign in to the API in parallel: counting successes and failures must never turn into a server error. */
@WaypointTest
class ParallelSignInTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;

    @Test
    void parallel_sign_ins_to_one_account_all_succeed() throws Exception {
        AccountSummary person = TestPeople.active(accounts, "parallel", Role.TUTOR);
        assertThat(statuses(8, person.email(), TestPeople.PASSWORD)).containsOnly(200);
    }

    @Test
    void parallel_wrong_passwords_are_each_refused_and_lock_the_account() throws Exception {
        AccountSummary person = TestPeople.active(accounts, "guessed", Role.TUTOR);
        assertThat(statuses(8, person.email(), "wrong password")).containsOnly(401);
        Api.Response after = Api.at(port).post("/api/v1/auth/token",
                "{\"email\":\"" + person.email() + "\",\"password\":\"" + TestPeople.PASSWORD + "\"}");
        assertThat(after.json().get("title").asString()).isEqualTo("Account locked");
    }

    private List<Integer> statuses(int parallel, String email, String password) throws Exception {
        String body = "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            List<Callable<Integer>> calls = IntStream.range(0, parallel)
                    .<Callable<Integer>>mapToObj(i -> () -> Api.at(port).post("/api/v1/auth/token", body).status())
                    .toList();
            List<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(calls)) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }
}
