package cn.kejiju.workbench.security;

import cn.kejiju.workbench.shared.NotFoundException;

import java.util.List;
import java.util.Optional;

/** Where integrator tokens are kept. */
public interface ApiTokenRepository {

    Optional<ApiToken> find(long id);

    default ApiToken get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("ApiToken", id));
    }

    Optional<ApiToken> findByPrefix(String prefix);

    List<ApiToken> list();

    ApiToken add(ApiToken token);
}
